package com.zhengqi.graph;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fences between the top-level packages, read from the main sources (imports and fully
 * qualified names alike): the extraction stages and their model know nothing of the store, the
 * API, the exports or the command line; the store knows nothing of the API, the exports or the
 * command line; the API and the exports know nothing of the command line.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/com/zhengqi/graph");
    private static final Path TESTS = Path.of("src/test/java/com/zhengqi/graph");
    private static final Path SPARK = Path.of("spark/src/main/java/com/zhengqi/graph");
    private static final Pattern PACKAGE = Pattern.compile("^package com\\.zhengqi\\.graph\\.?([a-z]\\w*)?", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("com\\.zhengqi\\.graph\\.([a-z]\\w*)");

    private static final Set<String> DELIVERY = Set.of("store", "serve", "export", "cli");
    private static final Map<String, Set<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("read", DELIVERY), Map.entry("find", DELIVERY), Map.entry("relate", DELIVERY),
            Map.entry("resolve", DELIVERY), Map.entry("extract", DELIVERY), Map.entry("model", DELIVERY),
            Map.entry("registry", DELIVERY), Map.entry("security", DELIVERY), Map.entry("ner", DELIVERY),
            Map.entry("store", Set.of("serve", "export", "cli")),
            Map.entry("serve", Set.of("cli")),
            Map.entry("export", Set.of("cli")));

    @Test
    void noPackageDependsOnOneBeyondItsFence() {
        Map<String, Set<String>> crossings = new TreeMap<>();
        dependencies().forEach((from, targets) -> targets.stream()
                .filter(FORBIDDEN.getOrDefault(from, Set.of())::contains)
                .forEach(target -> crossings.computeIfAbsent(from, k -> new TreeSet<>()).add(target)));
        assertThat(crossings).as("package -> packages it must not use").isEmpty();
    }

    @Test
    void theScanSeesTheDependenciesThatAreAllowed() {
        Map<String, Set<String>> dependencies = dependencies();
        assertThat(dependencies.get("serve")).contains("store", "security", "registry");
        assertThat(dependencies.get("store")).contains("security", "extract");
        assertThat(dependencies.get("cli")).contains("ner", "store");
    }

    /**
     * The extraction stages show other packages only what those use: a type of read/, find/, relate/, resolve/
     * or extract/ is public only when a class of another package (main, test or the spark/ module) names it (`package com.zhengqi.graph.x;`
     * plus `com.zhengqi.graph.x.Type` in another package's file), so a new reader or finder starts package-private.
     */
    @Test
    void extractionTypesArePublicOnlyWhenAnotherPackageUsesThem() throws IOException {
        assertThat(publicTypesNobodyOutsideUses()).as("public types no other package names").isEmpty();
    }

    @Test
    void theVisibilityScanSeesTypesOtherPackagesUse() throws IOException {
        assertThat(publicTypes()).contains("find.Token", "extract.NewsPageExtractor", "resolve.RegionMention");
        assertThat(referencedFromOutside("find", "ArticleMentions")).isTrue();
        assertThat(referencedFromOutside("relate", "OfficialReader")).isFalse();
    }

    private static final Set<String> EXTRACTION = Set.of("read", "find", "relate", "resolve", "extract");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (?:final |abstract |sealed |non-sealed )*(?:class|record|interface|enum) (\\w+)", Pattern.MULTILINE);

    /**
     * The public types no other package names, less those a used type hands out: a public type named outside
     * may return or take another of its package's types (ArticleMentions.words() gives a Segmentation), which
     * must then stay public too; followed until nothing more is handed out.
     */
    private static Set<String> publicTypesNobodyOutsideUses() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> unused = new TreeSet<>();
        for (String type : publicTypes()) {
            String[] parts = type.split("\\.");
            (referencedFromOutside(parts[0], parts[1]) ? used : unused).add(type);
        }
        boolean grew = true;
        while (grew) {
            Set<String> handedOut = new TreeSet<>();
            for (String type : used) {
                handedOut.addAll(typesInPublicSignatures(type));
            }
            handedOut.retainAll(unused);
            grew = used.addAll(handedOut);
            unused.removeAll(handedOut);
        }
        return unused;
    }

    /** "package.Type" of the graph's own types in the public constructors, methods and fields of a type. */
    private static Set<String> typesInPublicSignatures(String type) {
        Class<?> c;
        try {
            c = Class.forName("com.zhengqi.graph." + type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Set<Class<?>> named = new HashSet<>();
        if (c.getSuperclass() != null) {
            named.add(c.getSuperclass());
        }
        named.addAll(List.of(c.getInterfaces()));
        for (Method m : c.getMethods()) {
            named.add(m.getReturnType());
            named.addAll(List.of(m.getParameterTypes()));
            named.add(genericArgument(m.getGenericReturnType()));
        }
        for (Constructor<?> k : c.getConstructors()) {
            named.addAll(List.of(k.getParameterTypes()));
        }
        for (Field f : c.getFields()) {
            named.add(f.getType());
            named.add(genericArgument(f.getGenericType()));
        }
        Set<String> types = new TreeSet<>();
        for (Class<?> n : named) {
            if (n != null && n.getName().startsWith("com.zhengqi.graph.") && n.getEnclosingClass() == null) {
                types.add(n.getName().substring("com.zhengqi.graph.".length()));
            }
        }
        return types;
    }

    /** The first type argument of a parameterised type (List<Token> gives Token), else null. */
    private static @Nullable Class<?> genericArgument(Type type) {
        if (type instanceof ParameterizedType p
                && p.getActualTypeArguments().length > 0 && p.getActualTypeArguments()[0] instanceof Class<?> arg) {
            return arg;
        }
        return null;
    }

    /** "package.Type" for each public top-level type of the extraction packages (not their subpackages). */
    private static Set<String> publicTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        for (String pkg : EXTRACTION) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                    Matcher type = PUBLIC_TYPE.matcher(read(file));
                    if (type.find()) {
                        types.add(pkg + "." + type.group(1));
                    }
                });
            }
        }
        return types;
    }

    private static boolean referencedFromOutside(String pkg, String type) throws IOException {
        Pattern name = Pattern.compile("com\\.zhengqi\\.graph\\." + pkg + "\\." + type + "\\b");
        for (Path root : List.of(SOURCES, TESTS, SPARK)) {
            Path home = root.resolve(pkg);
            try (Stream<Path> files = Files.walk(root)) {
                if (files.filter(p -> p.toString().endsWith(".java") && !p.getParent().equals(home))
                        .anyMatch(file -> name.matcher(read(file)).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each top-level package (the root as "") and the other top-level packages its classes name. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                String text = read(file);
                Matcher pkg = PACKAGE.matcher(text);
                String from = pkg.find() && pkg.group(1) != null ? pkg.group(1) : "";
                Set<String> targets = dependencies.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        targets.add(reference.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.zhengqi.graph.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.zhengqi.graph.read.source.DocumentReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a benchmark corpus of any size from real pages: each file is a variant of one real page
 * (seeds/, and the shared news corpus when it is there) with its people, places and companies
 * replaced by made-up ones drawn from fixed pools, and its numbers and dates redrawn. Pools are
 * small enough that names recur across files (so resolution has work to do: the same name in the
 * same place, the same name elsewhere) and large enough that the graph grows like a real one.
 * Deterministic for a given seed. Run: {@code main(outFolder, count, sourceFolder...)}.
 */
public final class CorpusGenerator {

    private enum Kind { PERSON, PLACE, COMPANY }

    private record Span(int start, int end, Kind kind) {
    }

    private record Template(String name, String text, List<Span> spans) {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
    private static final String PLACE_SUFFIXES = "省市区县镇乡";
    private static final int PEOPLE = 3000;
    private static final int PLACES_PER_SUFFIX = 300;
    private static final int COMPANIES = 1500;
    private static final List<String> FORMS = List.of("有限公司", "集团", "股份有限公司", "有限责任公司");
    private static final List<String> TRADES = List.of("纺织", "科技", "机械", "新材料", "食品", "物流", "电子", "医药", "建材", "能源");
    private static final int FILES_PER_FOLDER = 1000;

    private final List<Template> templates;
    private final List<String> people = new ArrayList<>();
    private final Map<Character, List<String>> places = new HashMap<>();
    private final List<String> companies = new ArrayList<>();

    public CorpusGenerator(List<Path> sourceFolders, long seed) {
        this.templates = sourceFolders.stream().flatMap(CorpusGenerator::pages).map(CorpusGenerator::template).toList();
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no pages under " + sourceFolders);
        }
        Map<String, String> parts = nameParts();
        Random random = new Random(seed);
        while (people.size() < PEOPLE) {
            String name = pick(parts.get("surname"), random) + pick(parts.get("given"), random)
                    + (random.nextBoolean() ? pick(parts.get("given"), random) : "");
            if (!people.contains(name)) {
                people.add(name);
            }
        }
        for (char suffix : PLACE_SUFFIXES.toCharArray()) {
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < PLACES_PER_SUFFIX; i++) {
                pool.add(pick(parts.get("place"), random) + pick(parts.get("place"), random) + suffix);
            }
            places.put(suffix, pool);
        }
        for (int i = 0; i < COMPANIES; i++) {
            companies.add(pick(parts.get("brand"), random) + pick(parts.get("brand"), random)
                    + TRADES.get(random.nextInt(TRADES.size())) + FORMS.get(random.nextInt(FORMS.size())));
        }
    }

    /** Writes {@code count} distinct pages into {@code out} (1,000 per sub-folder); returns their characters. */
    public long generate(Path out, int count, long seed) throws IOException {
        Set<Long> seen = new HashSet<>();
        long characters = 0;
        for (int i = 0, attempt = 0; i < count; attempt++) {
            Template template = templates.get(i % templates.size());
            String text = variant(template, new Random(seed * 1_000_003L + attempt));
            if (!seen.add(fingerprint(text))) {
                continue;
            }
            Path file = out.resolve("%03d".formatted(i / FILES_PER_FOLDER)).resolve("%06d_%s".formatted(i, template.name()));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            characters += text.length();
            i++;
        }
        return characters;
    }

    private String variant(Template template, Random random) {
        Map<String, String> replacements = new HashMap<>();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : template.spans()) {
            out.append(numbers(template.text().substring(at, span.start()), random));
            String original = template.text().substring(span.start(), span.end());
            out.append(replacements.computeIfAbsent(original, o -> replacement(o, span.kind(), random)));
            at = span.end();
        }
        out.append(numbers(template.text().substring(at), random));
        return out.toString();
    }

    private String replacement(String original, Kind kind, Random random) {
        return switch (kind) {
            case PERSON -> people.get(random.nextInt(people.size()));
            case COMPANY -> companies.get(random.nextInt(companies.size()));
            case PLACE -> {
                char suffix = original.charAt(original.length() - 1);
                List<String> pool = places.getOrDefault(suffix, places.get('市'));
                String name = pool.get(random.nextInt(pool.size()));
                yield places.containsKey(suffix) ? name : name.substring(0, name.length() - 1);
            }
        };
    }

    /** Redraws every number, keeping dates plausible: 1-12 before 月, 1-28 before 日, 2015-2024 before 年. */
    private static String numbers(String text, Random random) {
        Matcher m = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            char next = m.end() < text.length() ? text.charAt(m.end()) : ' ';
            int length = m.group().length();
            String number = switch (next) {
                case '月' -> String.valueOf(1 + random.nextInt(12));
                case '日' -> String.valueOf(1 + random.nextInt(28));
                case '年' -> length == 4 ? String.valueOf(2015 + random.nextInt(10)) : digits(length, random);
                default -> digits(length, random);
            };
            m.appendReplacement(out, number);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String digits(int length, Random random) {
        StringBuilder s = new StringBuilder();
        s.append(1 + random.nextInt(9));
        for (int i = 1; i < length; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static Template template(Path page) {
        String text;
        try {
            text = new DocumentReader().read(page).getFirst().text();
        } catch (IOException e) {
            throw new UncheckedIOException(page + ": cannot read", e);
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableOffset(true);
        List<Span> spans = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            String nature = term.nature == null ? "" : term.nature.toString();
            String word = term.word;
            Kind kind = null;
            if (nature.startsWith("nr") && word.length() >= 2 && word.length() <= 3) {
                kind = Kind.PERSON;
            } else if (nature.startsWith("ns") && word.length() >= 2 && word.length() <= 6) {
                kind = Kind.PLACE;
            } else if (nature.startsWith("nt") && (word.endsWith("公司") || word.endsWith("集团"))) {
                kind = Kind.COMPANY;
            }
            if (kind != null && term.offset >= 0 && (spans.isEmpty() || spans.getLast().end() <= term.offset)) {
                spans.add(new Span(term.offset, term.offset + word.length(), kind));
            }
        }
        return new Template(page.getFileName().toString(), text, spans);
    }

    private static Stream<Path> pages(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list", e);
        }
    }

    private static Map<String, String> nameParts() {
        Map<String, String> parts = new HashMap<>();
        var in = CorpusGenerator.class.getResourceAsStream("/bench/name-parts.txt");
        if (in == null) {
            throw new IllegalStateException("bench/name-parts.txt missing from the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String[] kv = l.split("\t");
                parts.put(kv[0], kv[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static String pick(String characters, Random random) {
        return String.valueOf(characters.charAt(random.nextInt(characters.length())));
    }

    private static long fingerprint(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Path> sources = Stream.of(args).skip(2).map(Path::of).toList();
        long characters = new CorpusGenerator(sources, 1).generate(out, count, 1);
        System.out.printf("%d pages, %d characters in %s%n", count, characters, out);
    }
}

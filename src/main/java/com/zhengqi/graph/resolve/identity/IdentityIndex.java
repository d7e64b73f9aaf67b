package com.zhengqi.graph.resolve.identity;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the graph already holds, as far as identity is concerned: every person with the anchors that
 * identify them, every organisation with its names, every region with its code, every project with
 * its key. The store fills it before an ingest run; the resolver reads and extends it article by
 * article. Not thread-safe: one writer owns it.
 */
public final class IdentityIndex {

    /** A person: one name, the ids of the organisations, regions or newspapers they were identified by. */
    public record Person(String id, String name, Set<String> anchors) {
    }

    /** An organisation: its display name, every normalised name it is known by, and how companies among them parse. */
    public record Organization(String id, String name, Set<String> keys, List<CompanyName> companyNames) {
    }

    /** A region: its name and statistical code (null when it was never resolved to one). */
    public record Region(String id, String name, @Nullable String code) {
    }

    private final Map<String, List<Person>> peopleByName = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, String> organizationByKey = new HashMap<>();
    private final Map<String, Set<String>> companiesByBrand = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Set<String>> regionsByName = new HashMap<>();
    private final Map<String, String> projectByKey = new HashMap<>();
    private final IdentityLexicon lexicon;

    public IdentityIndex(IdentityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    // --- people ---

    public void addPerson(String id, String name, Set<String> anchors) {
        Person known = people.get(id);
        if (known != null) {
            known.anchors().addAll(anchors);
            return;
        }
        Person person = new Person(id, name, new TreeSet<>(anchors));
        people.put(id, person);
        peopleByName.computeIfAbsent(name, k -> new ArrayList<>()).add(person);
    }

    /** People of this name sharing at least one anchor, smallest id first. */
    List<Person> peopleSharingAnchor(String name, Set<String> anchors) {
        return peopleByName.getOrDefault(name, List.of()).stream()
                .filter(p -> p.anchors().stream().anyMatch(anchors::contains))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
    }

    // --- organisations ---

    public void addOrganization(String id, String name, Set<String> names, List<CompanyName> companyNames) {
        Organization known = organizations.get(id);
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(NameForms.normalise(n)));
        keys.add(NameForms.normalise(name));
        List<CompanyName> parsed = new ArrayList<>(companyNames);
        if (known != null) {
            keys.addAll(known.keys());
            known.companyNames().stream().filter(c -> !parsed.contains(c)).forEach(parsed::add);
        }
        Organization updated = new Organization(id, name, keys, parsed);
        organizations.put(id, updated);
        keys.forEach(k -> organizationByKey.putIfAbsent(k, id));
        for (CompanyName company : parsed) {
            String brand = company.brandKey(lexicon);
            if (brand != null) {
                companiesByBrand.computeIfAbsent(brand, k -> new TreeSet<>()).add(id);
            }
        }
    }

    Optional<Organization> organizationNamed(String key) {
        return Optional.ofNullable(organizationByKey.get(NameForms.normalise(key))).map(organizations::get);
    }

    Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizations.get(id));
    }

    /** Companies some name of which is the same company as {@code name} would be, smallest id first. */
    List<Organization> companiesLike(CompanyName name) {
        String brand = name.brandKey(lexicon);
        if (brand == null) {
            return List.of();
        }
        return companiesByBrand.getOrDefault(brand, Set.of()).stream()
                .map(organizations::get)
                .filter(o -> o.companyNames().stream().anyMatch(c -> c.sameCompanyAs(name, lexicon)))
                .toList();
    }

    // --- regions ---

    public void addRegion(String id, String name, @Nullable String code) {
        regions.put(id, new Region(id, name, code));
        regionsByName.computeIfAbsent(name, k -> new TreeSet<>()).add(id);
    }

    Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    List<Region> regionsNamed(String name) {
        return regionsByName.getOrDefault(name, Set.of()).stream().map(regions::get).toList();
    }

    // --- projects ---

    public void addProject(String id, String key) {
        projectByKey.putIfAbsent(key, id);
    }

    Optional<String> project(String key) {
        return Optional.ofNullable(projectByKey.get(key));
    }

    // --- joins ---

    /**
     * Records that node {@code gone} became part of {@code keep}: everything known of it now answers
     * for {@code keep}. Returns the further joins this one implies: projects that were told apart
     * only by the two ids (the same project filed under a region twice) are one now.
     */
    Map<String, String> join(String gone, String keep) {
        Person gonePerson = people.remove(gone);
        if (gonePerson != null) {
            peopleByName.get(gonePerson.name()).remove(gonePerson);
            Person kept = people.get(keep);
            if (kept != null) {
                kept.anchors().addAll(gonePerson.anchors());
            }
        }
        for (Person p : people.values()) {
            if (p.anchors().remove(gone)) {
                p.anchors().add(keep);
            }
        }
        Organization goneOrg = organizations.remove(gone);
        if (goneOrg != null) {
            organizationByKey.replaceAll((k, id) -> id.equals(gone) ? keep : id);
            companiesByBrand.values().forEach(ids -> {
                if (ids.remove(gone)) {
                    ids.add(keep);
                }
            });
            organization(keep).ifPresent(k -> addOrganization(keep, k.name(), goneOrg.keys(), goneOrg.companyNames()));
        }
        Region goneRegion = regions.remove(gone);
        if (goneRegion != null) {
            regionsByName.values().forEach(ids -> ids.remove(gone));
        }
        String suffix = "@" + gone;
        Map<String, String> rekeyed = new HashMap<>();
        projectByKey.entrySet().removeIf(e -> {
            if (e.getKey().endsWith(suffix)) {
                rekeyed.put(e.getKey().substring(0, e.getKey().length() - suffix.length()) + "@" + keep, e.getValue());
                return true;
            }
            return e.getValue().equals(gone);
        });
        Map<String, String> implied = new TreeMap<>();
        rekeyed.forEach((key, id) -> {
            String existing = projectByKey.putIfAbsent(key, id);
            if (existing != null && !existing.equals(id)) {
                implied.put(id, existing);
            }
        });
        return implied;
    }

    /** How many entities the index knows, for log lines. */
    public int size() {
        return people.size() + organizations.size() + regions.size() + projectByKey.size();
    }
}

package com.zhengqi.graph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names of divisions in text with one pass of a {@link NameTrie}: full names (安阳市), short forms (安阳),
 * counties under a former name (吴江市 for what is now 吴江区, 崇礼县 for 崇礼区) and stop forms (和平, 新乡村: words that contain or equal a short form but are ordinary words and
 * hide it). Full names and short forms with an ending are chosen first, leftmost-longest, so that 崇礼县 wins
 * over the county 礼县 inside it; short forms and stop forms then fill the gaps.
 */
final class PlaceNameIndex {

    /**
     * A name the index knows: which divisions it is the full name of, which it is a short form of, and whether
     * it is a short form followed by a former ending (吴江 + 市).
     */
    record PlaceName(String surface, List<Division> fullNameOf, List<Division> shortFormOf, boolean stopForm,
                     boolean withEnding) {
        boolean isFullName() {
            return !fullNameOf.isEmpty();
        }

        /** True for the names chosen before short forms. */
        boolean isNamedInFull() {
            return isFullName() || withEnding;
        }
    }

    /** A name found in text, {@code [start, end)}. */
    record NameHit(int start, int end, PlaceName name) {
    }

    private final NameTrie<PlaceName> trie = new NameTrie<>();

    /**
     * @param stopForms words never reported as places; they also hide the short forms inside them
     * @param excludedNames full names left out because alone they are generic words (开发区, a bare zone suffix)
     * @param formerEndings for a county's current ending (区), the endings it may have had before (县, 市)
     */
    PlaceNameIndex(ChinaGazetteer gazetteer, Collection<String> stopForms, Set<String> excludedNames,
                   Map<String, List<String>> formerEndings) {
        Map<String, List<Division>> formerNames = new HashMap<>();
        for (String name : gazetteer.names()) {
            List<Division> full = excludedNames.contains(name) ? List.of() : gazetteer.byFullName(name);
            List<Division> shortForm = gazetteer.byShortForm(name);
            if (!full.isEmpty() || !shortForm.isEmpty()) {
                trie.put(name, new PlaceName(name, full, shortForm, false, false));
            }
            for (Division division : shortForm) {
                if (RegionLevel.of(division) != RegionLevel.COUNTY) {
                    continue;
                }
                for (Map.Entry<String, List<String>> current : formerEndings.entrySet()) {
                    if (division.name().equals(name + current.getKey())) {
                        for (String former : current.getValue()) {
                            formerNames.computeIfAbsent(name + former, k -> new ArrayList<>()).add(division);
                        }
                    }
                }
            }
        }
        formerNames.forEach((formerName, divisions) -> {
            if (gazetteer.byFullName(formerName).isEmpty()) {
                trie.put(formerName, new PlaceName(formerName, List.of(), List.copyOf(divisions), false, true));
            }
        });
        for (String stop : stopForms) {
            trie.put(stop, new PlaceName(stop, List.of(), List.of(), true, false));
        }
    }

    /** The names in {@code text}, in order and not overlapping; stop forms are matched but left out. */
    List<NameHit> scan(String text) {
        List<NameHit> all = new ArrayList<>();
        trie.scan(text, (begin, end, name) -> all.add(new NameHit(begin, end, name)));
        boolean[] taken = new boolean[text.length()];
        List<NameHit> fullNames = leftmostLongest(all, taken, true);
        List<NameHit> others = leftmostLongest(all, taken, false);
        List<NameHit> found = new ArrayList<>(fullNames.size() + others.size());
        found.addAll(fullNames);
        for (NameHit hit : others) {
            if (!hit.name().stopForm()) {
                found.add(hit);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Picks hits of one kind over free characters, preferring the earliest start, then the longest. */
    private static List<NameHit> leftmostLongest(List<NameHit> all, boolean[] taken, boolean fullNames) {
        List<NameHit> kind = new ArrayList<>();
        for (NameHit hit : all) {
            if (hit.name().isNamedInFull() == fullNames) {
                kind.add(hit);
            }
        }
        kind.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<NameHit> chosen = new ArrayList<>();
        for (NameHit hit : kind) {
            if (isFree(taken, hit.start(), hit.end())) {
                for (int i = hit.start(); i < hit.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(hit);
            }
        }
        return chosen;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}

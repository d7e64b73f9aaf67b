package com.zhengqi.graph.resolve;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds development zones (安阳高新区, 江阴临港经济开发区, a bare 开发区) and attaches each to a division: the place
 * named right in front of it, else the article's main region. A zone the statistics bureau codes (安阳高新技术产业
 * 开发区, 410571) is returned as that division; any other gets a derived code ({@link ZoneCodes}).
 */
final class ZoneFinder {

    /** A zone's own name (临港 in 江阴临港经济开发区) has two to four characters. */
    private static final int MIN_OWN_NAME = 2;
    private static final int MAX_OWN_NAME = 4;

    private final ChinaGazetteer gazetteer;
    private final ZoneSuffixes suffixes;
    private final List<String> stopWords;

    ZoneFinder(ChinaGazetteer gazetteer, ZoneSuffixes suffixes, List<String> stopWords) {
        this.gazetteer = gazetteer;
        this.suffixes = suffixes;
        this.stopWords = List.copyOf(stopWords);
    }

    static ZoneFinder fromLexicon(ChinaGazetteer gazetteer) {
        return new ZoneFinder(gazetteer, ZoneSuffixes.fromLexicon(), Lexicon.words("zone-modifier-stops.txt"));
    }

    ZoneSuffixes suffixes() {
        return suffixes;
    }

    /** The zone endings in {@code text}. */
    List<ZoneSuffixes.SuffixHit> scan(String text) {
        return suffixes.scan(text);
    }

    /** True when a zone ending follows {@code end} directly or after a zone's own name (江阴|临港|经济开发区). */
    boolean zoneFollows(String text, int end, List<ZoneSuffixes.SuffixHit> hits) {
        for (ZoneSuffixes.SuffixHit hit : hits) {
            if (hit.start() >= end && hit.start() - end <= MAX_OWN_NAME) {
                return isOwnName(text.substring(end, hit.start()));
            }
        }
        return false;
    }

    /**
     * The zones of an article.
     *
     * @param regions    the article's resolved places, in text order
     * @param mainRegion the region the article is about, for zones with no place in front; may be null
     */
    List<RegionMention> find(String text, List<RegionMention> regions, List<ZoneSuffixes.SuffixHit> hits, Division mainRegion) {
        List<RegionMention> named = new ArrayList<>();
        for (RegionMention region : regions) {
            if (RegionLevel.of(region.division()) == RegionLevel.ZONE) {
                named.add(region);
            }
        }
        List<ZoneSuffixes.SuffixHit> bare = new ArrayList<>();
        List<RegionMention> zones = new ArrayList<>();
        for (ZoneSuffixes.SuffixHit hit : hits) {
            if (overlapsAny(regions, hit.start(), hit.end())) {
                continue;
            }
            RegionMention front = placeInFront(text, regions, hit.start());
            String ownName = front != null ? text.substring(front.end(), hit.start()) : ownNameBefore(text, regions, hit.start(), hit.suffix());
            if (ownName == null) {
                continue;
            }
            if (front == null && ownName.isEmpty()) {
                // An ending that needs a name (新区) refers back only when it stands alone: 城市新区 is generic.
                if (hit.suffix().bare() || hit.start() == 0 || !isHan(text.codePointAt(hit.start() - 1))) {
                    bare.add(hit);
                }
                continue;
            }
            Division parent = front != null ? front.division() : mainRegion;
            if (parent == null || !namesOneZone(parent, ownName, hit.suffix(), front != null)) {
                continue;
            }
            int start = front != null ? front.start() : hit.start() - ownName.length();
            RegionMention zone = new RegionMention(start, hit.end(), text.substring(start, hit.end()), zoneOf(parent, ownName, hit.suffix(), front != null ? front.surface() : null));
            zones.add(zone);
            named.add(zone);
        }
        named.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (ZoneSuffixes.SuffixHit hit : bare) {
            Division zone = namedEarlier(named, hit);
            if (zone == null && mainRegion != null && namesOneZone(mainRegion, "", hit.suffix(), false)) {
                zone = zoneOf(mainRegion, "", hit.suffix());
            }
            if (zone != null) {
                zones.add(new RegionMention(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), zone));
            }
        }
        return zones;
    }

    /**
     * The zone a bare ending refers back to: the nearest zone with the same canonical ending named before it in
     * full (苏州高新区 … 高新区), else the first one named after it; null when the article names none.
     */
    private Division namedEarlier(List<RegionMention> named, ZoneSuffixes.SuffixHit hit) {
        RegionMention before = null;
        RegionMention after = null;
        for (RegionMention zone : named) {
            Optional<ZoneSuffixes.Suffix> ending = suffixes.endingOf(zone.division().name());
            if (ending.isEmpty() || !ending.get().canonical().equals(hit.suffix().canonical())) {
                continue;
            }
            if (zone.end() <= hit.start()) {
                before = zone;
            } else if (after == null) {
                after = zone;
            }
        }
        RegionMention referent = before != null ? before : after;
        return referent == null ? null : referent.division();
    }

    /**
     * False for phrases about zones in general: a bare 开发区 of a province (河南省开发区建设), or a suffix that
     * needs a name (新区) with none in front.
     */
    private static boolean namesOneZone(Division parent, String ownName, ZoneSuffixes.Suffix suffix, boolean placeInFront) {
        if (!ownName.isEmpty()) {
            return true;
        }
        return (placeInFront || suffix.bare()) && RegionLevel.of(parent) != RegionLevel.PROVINCE;
    }

    /** The place (not a zone) that ends right before the zone ending, or before the zone's own name. */
    private RegionMention placeInFront(String text, List<RegionMention> regions, int suffixStart) {
        RegionMention nearest = null;
        for (RegionMention region : regions) {
            if (region.end() <= suffixStart) {
                nearest = region;
            }
        }
        if (nearest == null || RegionLevel.of(nearest.division()) == RegionLevel.ZONE
                || suffixStart - nearest.end() > MAX_OWN_NAME) {
            return null;
        }
        String between = text.substring(nearest.end(), suffixStart);
        return between.isEmpty() || isOwnName(between) ? nearest : null;
    }

    /**
     * The zone's own name in front of a zone ending with no place in front: "" when the ending stands alone
     * (after punctuation, a stop word such as 该 or 落户, an ordinary word such as 推进, or another place); two to
     * four characters that look like a name (临港); null when the text in front cannot be read either way
     * (显示着开发区, 十强开发区), or when an ending that needs a name follows an ordinary word (城市新区).
     */
    private String ownNameBefore(String text, List<RegionMention> regions, int suffixStart, ZoneSuffixes.Suffix suffix) {
        int start = suffixStart;
        while (start > 0 && !isBoundary(text, regions, start)) {
            if (suffixStart - start == MAX_OWN_NAME) {
                return null;
            }
            start--;
        }
        String run = text.substring(start, suffixStart);
        if (run.length() > MIN_OWN_NAME && CommonWords.isCommonWord(run.substring(0, MIN_OWN_NAME))) {
            // 按照郑东新区, 推进临港开发区: the ordinary word in front is not part of the name.
            run = run.substring(MIN_OWN_NAME);
        }
        if (run.isEmpty()) {
            return "";
        }
        if (holdsCommonWord(run)) {
            // 推进开发区, 全力助推开发区: the zone the article is about, named by its ending alone.
            return suffix.bare() ? "" : null;
        }
        return isOwnName(run) ? run : null;
    }

    private static boolean holdsCommonWord(String run) {
        for (int i = 0; i + MIN_OWN_NAME <= run.length(); i++) {
            if (CommonWords.isCommonWord(run.substring(i, i + MIN_OWN_NAME))) {
                return true;
            }
        }
        return run.length() > MIN_OWN_NAME && CommonWords.isCommonWord(run);
    }

    /** True when a zone's own name cannot reach back over {@code position}. */
    private boolean isBoundary(String text, List<RegionMention> regions, int position) {
        if (!isHan(text.codePointAt(position - 1))) {
            return true;
        }
        for (RegionMention region : regions) {
            if (region.end() == position) {
                return true;
            }
        }
        for (String stop : stopWords) {
            if (text.startsWith(stop, position - stop.length())) {
                return true;
            }
        }
        return false;
    }

    /** Two to four Chinese characters, no stop word, not an ordinary word. */
    private boolean isOwnName(String name) {
        if (name.length() < MIN_OWN_NAME || name.length() > MAX_OWN_NAME || !name.codePoints().allMatch(ZoneFinder::isHan)) {
            return false;
        }
        for (String stop : stopWords) {
            if (name.contains(stop)) {
                return false;
            }
        }
        return !CommonWords.isCommonWord(name);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean overlapsAny(List<RegionMention> regions, int start, int end) {
        for (RegionMention region : regions) {
            if (region.start() < end && start < region.end()) {
                return true;
            }
        }
        return false;
    }

    /** The statistical zone this names under {@code parent}, else a derived one. */
    private Division zoneOf(Division parent, String ownName, ZoneSuffixes.Suffix suffix) {
        return zoneOf(parent, ownName, suffix, null);
    }

    /**
     * As above; a derived zone written after its parent's full name (子长县工业园区) keeps that name as written, so the
     * county's zone is not renamed after the county's short form.
     */
    private Division zoneOf(Division parent, String ownName, ZoneSuffixes.Suffix suffix, String writtenParent) {
        String prefix = parent.name().equals(writtenParent) ? writtenParent : nameOf(parent);
        return officialZone(parent, ownName, suffix.canonical()).orElseGet(() -> new Division(
                ZoneCodes.derive(parent.code(), ownName, suffix.canonical()),
                prefix + ownName + suffix.canonical(), RegionLevel.ZONE.name(), parent.code()));
    }

    /**
     * The one coded zone under {@code parent} (or one level further down) whose name has the same canonical
     * ending and holds {@code ownName}; when there is no own name, the one whose name is only the parent's name
     * and the ending (安阳高新技术产业开发区 for 安阳高新区).
     */
    private Optional<Division> officialZone(Division parent, String ownName, String canonical) {
        List<Division> matches = new ArrayList<>();
        for (Division zone : zonesUnder(parent)) {
            Optional<ZoneSuffixes.Suffix> ending = suffixes.endingOf(zone.name());
            if (ending.isPresent() && ending.get().canonical().equals(canonical) && zone.name().contains(ownName)) {
                matches.add(zone);
            }
        }
        if (ownName.isEmpty()) {
            matches.removeIf(zone -> !namedAfter(zone, parent));
        }
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    private List<Division> zonesUnder(Division parent) {
        List<Division> zones = new ArrayList<>();
        for (Division child : gazetteer.children(parent)) {
            if (RegionLevel.of(child) == RegionLevel.ZONE) {
                zones.add(child);
            }
            for (Division grandchild : gazetteer.children(child)) {
                if (RegionLevel.of(grandchild) == RegionLevel.ZONE) {
                    zones.add(grandchild);
                }
            }
        }
        return zones;
    }

    /**
     * True when the zone's name before its ending is made only of names of the parent and its ancestors
     * (河北沧州经济开发区 under 沧州市), or is empty and the zone lies directly under the parent.
     */
    private boolean namedAfter(Division zone, Division parent) {
        String rest = zone.name().substring(0, zone.name().length() - suffixes.endingOf(zone.name()).orElseThrow().text().length());
        if (rest.isEmpty()) {
            return parent.code().equals(zone.parentCode());
        }
        List<Division> line = new ArrayList<>(gazetteer.ancestors(parent));
        line.addFirst(parent);
        boolean stripped = true;
        while (!rest.isEmpty() && stripped) {
            stripped = false;
            for (Division d : line) {
                for (String form : formsOf(d)) {
                    if (rest.endsWith(form)) {
                        rest = rest.substring(0, rest.length() - form.length());
                        stripped = true;
                    }
                }
            }
        }
        return rest.isEmpty();
    }

    private List<String> formsOf(Division division) {
        List<String> forms = new ArrayList<>();
        forms.add(division.name());
        forms.addAll(gazetteer.shortFormsOf(division));
        return forms;
    }

    /** The name a derived zone's name starts with: the parent's first short form (安阳), else its full name. */
    private String nameOf(Division parent) {
        return gazetteer.shortFormsOf(parent).stream().findFirst().orElse(parent.name());
    }
}

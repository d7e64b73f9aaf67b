package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.OrganizationFinder;
import com.zhengqi.graph.find.Segmentation;
import com.zhengqi.graph.find.Token;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small place the gazetteer lacks, written right before a post title: [two to four characters][an ending of
 * {@code lexicon/unlisted-place-endings.txt}] (某某镇党委书记, 某某镇镇长, 某某村党支部书记, 某某街道党工委书记). Without it
 * such a post fell to the article's county, or was dropped. The place is a Region of the ending's level inside the
 * article's region (the nearest of it and its ancestors above that level), so its head LEADS the place.
 * The name must open its clause or follow a region the finders read (某县某某镇), and hold no word that joins or
 * counts (全县各乡镇 is no place).
 */
final class UnlistedPlaces {

    private static final Map<String, String> ENDINGS = Lexicon.pairs("unlisted-place-endings.txt");
    private static final Set<String> STOPS = Set.copyOf(Lexicon.words("unlisted-place-stops.txt"));
    private static final List<String> LEVELS_DOWNWARD = List.of("PROVINCE", "CITY", "COUNTY", "ZONE", "TOWN", "COMMUNITY");
    private static final int SHORTEST_NAME = 2;
    /** HanLP's tags of verbs and of place names. */
    private static final String VERB = "v";
    private static final List<String> PROPER_NOUNS = List.of("nr", "ns", "nz", "nt");
    private static final List<String> BODIES = Lexicon.words("unlisted-place-bodies.txt");
    private static final int LONGEST_NAME = 4;

    private UnlistedPlaces() {
    }

    /** The unlisted place named right before a title at {@code titleStart} (or before its body, 党支部), or empty. */
    static Optional<Division> endingAt(ArticleMentions article, RegionContext regions, int titleStart) {
        String text = article.text();
        // 某某村党支部|书记: the place's own body may stand between its name and the title
        int end = BODIES.stream().filter(body -> text.startsWith(body, titleStart - body.length()))
                .mapToInt(body -> titleStart - body.length()).findFirst().orElse(titleStart);
        for (Map.Entry<String, String> ending : ENDINGS.entrySet()) {
            String suffix = ending.getKey();
            if (!text.startsWith(suffix, end - suffix.length())) {
                continue;
            }
            int nameEnd = end - suffix.length();
            for (int length = 1; length <= LONGEST_NAME && nameEnd - length >= 0; length++) {
                int start = nameEnd - length;
                if (!isNameChar(text.charAt(start))) {
                    break;
                }
                if (length < SHORTEST_NAME || !opensName(article, start)) {
                    continue;
                }
                if (!readsAsName(article, start, nameEnd, end)) {
                    return Optional.empty();
                }
                if (article.regions().stream().anyMatch(r -> r.start() < end && r.end() > start)
                        || article.organizations().stream().anyMatch(o -> o.start() < end && o.end() > start)) {
                    return Optional.empty(); // a place or body the finders read: their reading stands
                }
                String name = text.substring(start, end);
                return parentOf(regions, ending.getValue()).map(parent -> new Division("", name, ending.getValue(), parent.code()));
            }
        }
        return Optional.empty();
    }

    /** The name starts a clause or follows a function word (出席的|某某镇), or a region the finders read (某县|某某镇). */
    private static boolean opensName(ArticleMentions article, int start) {
        char before = start > 0 ? article.text().charAt(start - 1) : ' ';
        if (start == 0 || !OrganizationFinder.isCjkLetter(before) || STOPS.contains(String.valueOf(before))) {
            return true;
        }
        for (RegionMention region : article.regions()) {
            if (region.end() == start) {
                return true;
            }
        }
        return false;
    }

    /**
     * The segmenter does not read the span as ordinary words: no verb inside it (开展|农村), and the ending is not
     * glued to the character before it into a common word (农村, 城镇, 乡村), unless HanLP reads that word as a name.
     */
    private static boolean readsAsName(ArticleMentions article, int start, int nameEnd, int end) {
        Segmentation words = article.words();
        for (int at = start; at < end; ) {
            Token token = words.tokenAt(at);
            if (token == null) {
                return false;
            }
            if (token.tag().startsWith(VERB) && token.start() >= start) {
                return false;
            }
            if (token.end() == end && token.start() > start && token.start() < nameEnd && PROPER_NOUNS.stream().noneMatch(token.tag()::startsWith)) {
                return false;
            }
            at = Math.max(at + 1, token.end());
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return OrganizationFinder.isCjkLetter(c) && !STOPS.contains(String.valueOf(c));
    }

    /** The article's region or its nearest ancestor of a level above {@code level}, with a gazetteer code. */
    private static Optional<Division> parentOf(RegionContext regions, String level) {
        Optional<Division> home = regions.home();
        if (home.isEmpty()) {
            return Optional.empty();
        }
        int rank = LEVELS_DOWNWARD.indexOf(level);
        List<Division> chain = new ArrayList<>(regions.ancestors(home.get()));
        chain.addFirst(home.get());
        return chain.stream()
                .filter(d -> d.code() != null && !d.code().isEmpty() && LEVELS_DOWNWARD.indexOf(d.level()) < rank)
                .findFirst();
    }
}

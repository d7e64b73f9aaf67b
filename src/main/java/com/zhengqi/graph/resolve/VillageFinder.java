package com.zhengqi.graph.resolve;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Villages written right after their town (永固镇多福村, 某镇赵家沟村): the gazetteer stops at towns, so a village of two
 * or three characters closed by 村 becomes a COMMUNITY with a derived code, PART_OF the town in front of it. A phrase
 * about villages (镇各村, 镇新农村) or an ordinary word (镇农村) is none.
 */
final class VillageFinder {
    private static final String VILLAGE = Lexicon.words("village-endings.txt").getFirst();
    private static final int MIN_OWN_NAME = 2;
    private static final int MAX_OWN_NAME = 3;
    private static final List<String> STOPS = Lexicon.words("village-name-stops.txt");

    private VillageFinder() {
    }

    /** The villages written right after a town among {@code regions}. */
    static List<RegionMention> find(String text, List<RegionMention> regions) {
        List<RegionMention> villages = new ArrayList<>();
        for (RegionMention town : regions) {
            if (RegionLevel.of(town.division()) != RegionLevel.TOWN) {
                continue;
            }
            for (int length = MIN_OWN_NAME; length <= MAX_OWN_NAME; length++) {
                int end = town.end() + length;
                if (end + 1 > text.length() || !text.startsWith(VILLAGE, end)) {
                    continue;
                }
                String own = text.substring(town.end(), end);
                if (isOwnName(own) && regions.stream().noneMatch(r -> r.start() < end + 1 && town.end() < r.end())) {
                    Division village = new Division(ZoneCodes.derive(town.division().code(), own, VILLAGE), own + VILLAGE,
                            RegionLevel.COMMUNITY.name(), town.division().code());
                    villages.add(new RegionMention(town.end(), end + 1, own + VILLAGE, village));
                }
                break;
            }
        }
        return villages;
    }

    private static boolean isOwnName(String own) {
        return own.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && STOPS.stream().noneMatch(own::contains) && !CommonWords.isCommonWord(own);
    }
}

package com.zhengqi.graph.resolve;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Tells ordinary words (推进, 企业, 国家) from possible proper names (临港, 滨海) with HanLP's core dictionary, so
 * that "推进开发区" is not read as a zone called 推进. The dictionary loads on first use (about half a second).
 */
public final class CommonWords {

    /** Nouns rarer than this in HanLP's corpus may still be names (空港, 海港). */
    private static final int RARE_NOUN_FREQUENCY = 20;

    /** Longest stretch of an ordinary word that may reach into a name from the left. */
    private static final int MAX_REACH = 2;

    private CommonWords() {
    }

    /**
     * True when the administrative ending at {@code position} belongs to an ordinary word with a neighbour:
     * 城市 in 大城市, 市场 in 香港市场, 区域 in 白河区域. Then 大城 + 市 is not a place name with its ending.
     */
    static boolean absorbsEnding(String text, int position) {
        return (position >= 1 && isCommonWord(text.substring(position - 1, position + 1)))
                || (position + 2 <= text.length() && isCommonWord(text.substring(position, position + 2)));
    }

    /**
     * True when an ordinary word starts before {@code start} and ends inside the name at {@code [start, end)}:
     * 文明 in 文明村镇 makes 明村镇 (a town in Shandong) an accident of the text.
     */
    static boolean straddles(String text, int start, int end) {
        for (int before = 1; before <= MAX_REACH && start - before >= 0; before++) {
            for (int inside = 1; inside <= MAX_REACH && start + inside < end; inside++) {
                if (isCommonWord(text.substring(start - before, start + inside))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code word} is a dictionary word used mostly as something other than a name: its most frequent
     * tag is not a place, organisation or person name, and it is not a rare noun. 文明 (also a given name) is
     * ordinary; 浦东 and 滨海 are not.
     */
    public static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0 || isNameTag(attribute.nature[0].toString())) {
            return false;
        }
        boolean onlyNouns = true;
        for (Nature nature : attribute.nature) {
            onlyNouns &= nature.toString().startsWith("n");
        }
        return !(onlyNouns && attribute.totalFrequency < RARE_NOUN_FREQUENCY);
    }

    /** True when HanLP's core dictionary has not met {@code word} as often as an ordinary word (光大, 浦发; not 相关). */
    public static boolean isRareWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null || attribute.totalFrequency < RARE_NOUN_FREQUENCY;
    }

    /** True when HanLP's core dictionary holds {@code word} with an ordinary tag first (大众 n, 现代 t; not 三星 nz). */
    public static boolean isOrdinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature.length > 0 && !isNameTag(attribute.nature[0].toString());
    }

    /** True when HanLP's core dictionary holds {@code word} as a verb first (招商, 建设, 光大). */
    public static boolean isVerb(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature.length > 0 && attribute.nature[0].toString().startsWith("v");
    }

    private static boolean isNameTag(String tag) {
        return tag.startsWith("ns") || tag.startsWith("nz") || tag.startsWith("nt") || tag.startsWith("nr")
                || tag.equals("s") || tag.equals("j");
    }
}

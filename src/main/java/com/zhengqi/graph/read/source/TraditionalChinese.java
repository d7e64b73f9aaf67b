package com.zhengqi.graph.read.source;

import com.hankcs.hanlp.HanLP;
import org.jspecify.annotations.Nullable;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Recognises text written in traditional characters (Big5 files, Hong Kong and Taiwan sites) and
 * converts it to simplified, which is what the lexicons and HanLP's dictionaries match.
 */
final class TraditionalChinese {

    /**
     * Share of Han characters that must differ for a text to count as traditional. Simplified text
     * scores zero or close to it (a rare name character); traditional news text scores 20-40 %.
     */
    private static final double TRADITIONAL_SHARE = 0.05;
    private static final Charset GB2312 = Charset.forName("GB2312");

    private TraditionalChinese() {
    }

    /** The simplified conversion of a traditional text, or null when the text is not traditional. */
    static @Nullable String toSimplified(String text) {
        if (!mayBeTraditional(text)) {
            return null;
        }
        String simplified = HanLP.convertToSimplifiedChinese(text);
        int han = 0;
        int changed = 0;
        int common = Math.min(text.length(), simplified.length());
        for (int i = 0; i < common; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                if (text.charAt(i) != simplified.charAt(i)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed >= han * TRADITIONAL_SHARE ? simplified : null;
    }

    /**
     * Cheap test that spares simplified text the conversion: traditional characters mostly lie
     * outside GB2312, the simplified set, while everyday simplified text lies almost wholly inside it.
     */
    private static boolean mayBeTraditional(String text) {
        CharsetEncoder gb2312 = GB2312.newEncoder();
        int han = 0;
        int outside = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (!gb2312.canEncode(c)) {
                    outside++;
                }
            }
        }
        return han > 0 && outside >= han * TRADITIONAL_SHARE;
    }
}

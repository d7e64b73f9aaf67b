package com.zhengqi.graph.read.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How much a decoded text reads like Chinese: the share of its Han characters that are common ones, either a
 * GB2312 character (the simplified set, 6,763 characters) or a frequent Big5 character (level 1, 5,401 traditional
 * characters). Text decoded in its own encoding scores near 1 whichever script it is written in; bytes decoded in
 * the wrong double-byte encoding (Big5 read as GBK, UTF-8 read as GBK) decode without error into a scatter of rare
 * characters and score far lower, which is how a page that declares the wrong charset is still read right.
 */
final class HanPlausibility {

    /** Enough Han characters to tell right from wrong; the rest of a long page changes nothing. */
    private static final int SAMPLE_HAN = 3000;
    private static final int BIG5_LEVEL1_FIRST = 0xA440;
    private static final int BIG5_LEVEL1_LAST = 0xC67E;
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");

    private HanPlausibility() {
    }

    /** The share of common Han characters among the first few thousand, or 1 when the text has none. */
    static double of(String text) {
        CharsetEncoder gb2312 = GB2312.newEncoder();
        CharsetEncoder big5 = BIG5.newEncoder();
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length() && han < SAMPLE_HAN; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            if (gb2312.canEncode(c) || isFrequentBig5(big5, c)) {
                common++;
            }
        }
        return han == 0 ? 1 : (double) common / han;
    }

    private static boolean isFrequentBig5(CharsetEncoder big5, char c) {
        if (!big5.canEncode(c)) {
            return false;
        }
        try {
            ByteBuffer bytes = big5.encode(CharBuffer.wrap(new char[] {c}));
            if (bytes.remaining() != 2) {
                return false;
            }
            int code = (bytes.get(0) & 0xFF) << 8 | bytes.get(1) & 0xFF;
            return code >= BIG5_LEVEL1_FIRST && code <= BIG5_LEVEL1_LAST;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

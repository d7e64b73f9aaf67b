package com.zhengqi.graph.read.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the name of an encoding, as a user types it or a page declares it, into the charset that
 * decodes such files best. Chinese sites often declare GB2312 and then use GBK characters, so every
 * GB name maps to GB18030, which contains them all; Big5 maps to Big5-HKSCS for the same reason.
 */
final class Encodings {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");

    private Encodings() {
    }

    /** The charset for a name; throws {@link IllegalArgumentException} naming the bad name when there is none. */
    public static Charset forName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (key) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "gb18030" -> GB18030;
            case "big5", "big-5", "cp950", "ms950", "windows-950", "x-windows-950", "big5-hkscs" -> BIG5;
            case "utf8", "utf-8" -> StandardCharsets.UTF_8;
            default -> {
                try {
                    yield Charset.forName(key);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown encoding '" + name + "' (try UTF-8, GBK, GB18030 or Big5)");
                }
            }
        };
    }
}

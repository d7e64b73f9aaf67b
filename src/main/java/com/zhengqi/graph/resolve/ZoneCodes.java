package com.zhengqi.graph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Codes for development zones the statistics bureau does not code. A derived code is the parent's code, the
 * letter {@code Z} and the first eight hex digits of the SHA-256 of the zone's own name and canonical ending
 * ({@code 临港|经济开发区}): {@code 320281Z1a2b3c4d}. The same zone named in two articles gets the same code, and
 * a derived code can never collide with a statistical one, which has digits only.
 */
final class ZoneCodes {

    private static final char MARK = 'Z';
    private static final int HEX_DIGITS = 8;

    private ZoneCodes() {
    }

    /**
     * The code of the zone {@code ownName + canonicalSuffix} under {@code parentCode}; {@code ownName} is the part
     * of the name between the parent's name and the ending (临港 in 江阴临港经济开发区), empty when there is none.
     */
    public static String derive(String parentCode, String ownName, String canonicalSuffix) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ownName + "|" + canonicalSuffix).getBytes(StandardCharsets.UTF_8));
            return parentCode + MARK + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** True for a code made by {@link #derive}, false for a statistical one. */
    public static boolean isDerived(String code) {
        return code.indexOf(MARK) >= 0;
    }
}

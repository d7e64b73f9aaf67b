package com.zhengqi.graph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article identity: the sha-256 of the normalised text, so the same story read twice is one article. */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(String normalisedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

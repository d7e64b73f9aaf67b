package com.zhengqi.graph.serve;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys and the check of an {@code Authorization} header against them. Keys are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual} and every key is always compared,
 * so the time taken says nothing about how much of a key was right, nor about its length.
 */
@Component
class ApiKeys {

    private static final Log LOG = LogFactory.getLog(ApiKeys.class);
    private static final String BEARER = "Bearer ";

    private final List<byte[]> digests;

    ApiKeys(ApiProperties properties) {
        this.digests = properties.keys().stream().map(ApiKeys::digest).toList();
        if (properties.key() != null) {
            LOG.warn("ZHENGQI_API_KEY (zhengqi.api.key) is deprecated: name the key in ZHENGQI_API_KEYS (zhengqi.api.keys) instead");
        }
    }

    boolean anyConfigured() {
        return !digests.isEmpty();
    }

    /** True when the header is {@code Bearer <key>} with a configured key. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = digest(authorization.substring(BEARER.length()).strip());
        boolean accepted = false;
        for (byte[] key : digests) {
            accepted |= MessageDigest.isEqual(key, presented);
        }
        return accepted;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

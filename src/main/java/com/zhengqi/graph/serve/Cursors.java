package com.zhengqi.graph.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque connection cursors. A cursor is the position of an item in the ordered result, so paging
 * stays consistent while the graph does not change under the client.
 */
final class Cursors {

    private static final String PREFIX = "offset:";

    private Cursors() {
    }

    static String of(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the item after {@code after}: 0 without a cursor. */
    static int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: the client sent something that is not one of our cursors
        }
        throw ApiException.badArgument("after", "not a cursor this API issued: " + after);
    }
}

package com.zhengqi.graph.read.source;

import java.io.IOException;

/**
 * A file (or one record of it) that cannot be turned into a document, for a reason the user can act
 * on. The message is that reason, short and without the file name, which the caller adds.
 */
public class UnreadableSourceException extends IOException {

    public UnreadableSourceException(String reason) {
        super(reason);
    }

    public UnreadableSourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package com.zhengqi.graph.store;

/** What one write of a batch of articles did. */
public record WriteResult(int articlesWritten, int articlesSkipped, int nodesCreated, int relationshipsCreated) {

    public static final WriteResult NONE = new WriteResult(0, 0, 0, 0);

    public WriteResult plus(WriteResult other) {
        return new WriteResult(articlesWritten + other.articlesWritten, articlesSkipped + other.articlesSkipped,
                nodesCreated + other.nodesCreated, relationshipsCreated + other.relationshipsCreated);
    }
}

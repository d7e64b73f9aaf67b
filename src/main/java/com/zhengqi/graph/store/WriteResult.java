package com.zhengqi.graph.store;

/**
 * What writing a batch of articles did.
 *
 * @param articlesSkipped already in the graph (or twice in the input): not written again
 * @param articlesFailed  could not be written; each was reported with its source file
 * @param nodesCreated    new nodes, net of nodes joined into others
 * @param nodesJoined     nodes folded into another that an article showed to be the same entity
 */
public record WriteResult(int articlesWritten, int articlesSkipped, int articlesFailed, int nodesCreated,
                          int relationshipsCreated, int nodesJoined) {

    public static final WriteResult NONE = new WriteResult(0, 0, 0, 0, 0, 0);

    public WriteResult plus(WriteResult other) {
        return new WriteResult(articlesWritten + other.articlesWritten, articlesSkipped + other.articlesSkipped,
                articlesFailed + other.articlesFailed, nodesCreated + other.nodesCreated,
                relationshipsCreated + other.relationshipsCreated, nodesJoined + other.nodesJoined);
    }
}

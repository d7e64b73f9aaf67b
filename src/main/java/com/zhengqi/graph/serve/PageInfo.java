package com.zhengqi.graph.serve;

/** Relay page information of one page of {@code size} items starting at {@code offset} out of {@code total}. */
record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    static PageInfo of(int offset, int size, int total) {
        return new PageInfo(offset + size < total, offset > 0,
                size == 0 ? null : Cursors.of(offset), size == 0 ? null : Cursors.of(offset + size - 1));
    }
}

package com.zhengqi.graph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The extracted files and the extracted table rows, each already in input order, as one stream in input order
 * (a merge: neither side is sorted again). Fails if either side breaks its order, since the graph's ids depend on it.
 */
final class InOrder implements Iterator<ExtractedFile> {

    private final Iterator<ExtractedFile> files;
    private final Iterator<ExtractedFile> rows;
    private ExtractedFile nextFile;
    private ExtractedFile nextRows;
    private ExtractedFile previous;

    InOrder(Iterator<ExtractedFile> files, Iterator<ExtractedFile> rows) {
        this.files = files;
        this.rows = rows;
        this.nextFile = files.hasNext() ? files.next() : null;
        this.nextRows = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
        return nextFile != null || nextRows != null;
    }

    @Override
    public ExtractedFile next() {
        ExtractedFile taken;
        if (nextFile == null && nextRows == null) {
            throw new NoSuchElementException();
        } else if (nextRows == null || nextFile != null && nextRows.after(nextFile)) {
            taken = nextFile;
            nextFile = files.hasNext() ? files.next() : null;
        } else {
            taken = nextRows;
            nextRows = rows.hasNext() ? rows.next() : null;
        }
        if (previous != null && !taken.after(previous)) {
            throw new IllegalStateException("inputs came back out of order: " + taken.order() + "/" + taken.part()
                    + " after " + previous.order() + "/" + previous.part());
        }
        previous = taken;
        return taken;
    }
}

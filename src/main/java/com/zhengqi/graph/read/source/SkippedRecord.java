package com.zhengqi.graph.read.source;

/**
 * One record of a JSON-lines or JSON-array file that could not be read, while the file's other
 * records were: the reader reports it and goes on.
 *
 * @param location where it is: {@code FILE:LINE} for a line of JSON lines, {@code FILE#N} for an element
 *                 of a JSON array (the source its document would have had)
 * @param place    the same place inside the file, for a message that already names the file: {@code line 2}, {@code record 2}
 * @param reason   why it was skipped, one line
 */
public record SkippedRecord(String location, String place, String reason) {

    /** The line a user reads: {@code FILE:LINE: reason}. */
    public String message() {
        return location + ": " + reason;
    }
}

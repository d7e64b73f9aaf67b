package com.zhengqi.graph.find;

/** A word of the segmentation, {@code [start, end)} in the article text, with HanLP's part-of-speech tag. */
public record Token(String word, String tag, int start, int end) {

    public boolean isPunctuation() {
        return tag.startsWith("w");
    }

    public boolean isPersonName() {
        return tag.startsWith("nr");
    }

    /** A two-character-or-longer verb: a real action word, which never sits inside a name. */
    public boolean isLongVerb() {
        return word.length() >= 2 && (tag.equals("v") || tag.equals("vi") || tag.equals("vf") || tag.equals("vx"));
    }
}

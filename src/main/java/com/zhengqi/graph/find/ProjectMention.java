package com.zhengqi.graph.find;

/** A project named in the text, {@code [start, end)}; {@code name} is the surface with spaces removed. */
public record ProjectMention(int start, int end, String name) {
}

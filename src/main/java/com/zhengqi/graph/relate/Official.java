package com.zhengqi.graph.relate;

/** A named person read with a title, {@code [nameStart, nameEnd)}; the visit reader uses them as subjects. */
public record Official(String personId, String name, int nameStart, int nameEnd, boolean executive) {
}

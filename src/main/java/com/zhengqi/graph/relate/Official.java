package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.OrgMention;

/**
 * A named person read with a title, {@code [nameStart, nameEnd)}; the visit reader uses them as subjects, the
 * project reader takes an executive's {@code company} as the investor of what the executive says it builds.
 */
record Official(String personId, String name, int nameStart, int nameEnd, boolean executive, OrgMention company) {

    /** The same person named again at {@code [start, end)}. */
    Official at(int start, int end) {
        return new Official(personId, name, start, end, executive, company);
    }
}

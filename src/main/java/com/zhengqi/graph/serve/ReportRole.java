package com.zhengqi.graph.serve;

/** Byline roles; anything else reads as OTHER. */
enum ReportRole {
    REPORTER, CORRESPONDENT, PHOTOGRAPHER, EDITOR, OTHER;

    static ReportRole of(String role) {
        for (ReportRole r : values()) {
            if (r.name().equals(role)) {
                return r;
            }
        }
        return OTHER;
    }
}

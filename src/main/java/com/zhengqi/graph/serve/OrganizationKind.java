package com.zhengqi.graph.serve;

import java.util.List;

/** Organisation kinds of the graph model; anything else the loader writes reads as OTHER. */
enum OrganizationKind {
    COMPANY, GOVERNMENT, PARTY, PEOPLES_CONGRESS, CPPCC, MEDIA, OTHER;

    boolean isGovernment() {
        return this == GOVERNMENT || this == PARTY || this == PEOPLES_CONGRESS || this == CPPCC;
    }

    /** The kind property when it is one of ours; else what the labels say. */
    static OrganizationKind of(String kind, List<String> labels) {
        for (OrganizationKind k : values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        if (labels.contains("Company")) {
            return COMPANY;
        }
        return labels.contains("GovernmentBody") ? GOVERNMENT : OTHER;
    }
}

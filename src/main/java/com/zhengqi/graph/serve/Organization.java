package com.zhengqi.graph.serve;

import java.util.List;

/**
 * An organisation (机构). One record for the three GraphQL types: {@link #graphQlType()} picks
 * Company, GovernmentBody or OtherOrganization from the node's labels and kind.
 */
record Organization(String elementId, String id, String name, List<String> labels, OrganizationKind kind,
                    List<String> aliases) implements Entity {

    String graphQlType() {
        if (labels.contains("Company") || kind == OrganizationKind.COMPANY) {
            return "Company";
        }
        if (labels.contains("GovernmentBody") || kind.isGovernment()) {
            return "GovernmentBody";
        }
        return "OtherOrganization";
    }
}

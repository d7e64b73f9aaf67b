package com.zhengqi.graph.find;

/**
 * An organisation named in the text, {@code [start, end)}, as written.
 *
 * @param kind        COMPANY, GOVERNMENT, PARTY, ZONE (a zone's party or management committee), PEOPLES_CONGRESS, CPPCC
 * @param regionStart where the region part of the name ends ({@code start} when the name carries no region;
 *                    the part before it names the region, e.g. 北关区 in 北关区民政局 or 区 in 区商务局)
 * @param leadsRegion true for a region's party committee, government or zone committee: their leaders LEADS the region
 */
public record OrgMention(int start, int end, String surface, String kind, int regionStart, boolean leadsRegion) {

    public boolean isCompany() {
        return "COMPANY".equals(kind);
    }

    /** The written region part (北关区, 区, 自治区) or the empty string. */
    public String regionPart() {
        return surface.substring(0, regionStart - start);
    }

    /** The name without its region part (民政局 in 北关区民政局). */
    public String body() {
        return surface.substring(regionStart - start);
    }
}

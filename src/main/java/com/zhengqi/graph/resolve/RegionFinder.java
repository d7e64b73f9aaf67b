package com.zhengqi.graph.resolve;

import java.util.List;

/**
 * Finds the places an article names and resolves each to one division, using the rest of the article
 * as context (铁西区 in an article about 四平 is 四平's, not 沈阳's). Short forms that are ambiguous or
 * common words are only accepted when the context supports them.
 */
public interface RegionFinder {

    List<RegionMention> find(String articleText);

    /**
     * As {@link #find(String)}, with the region the surrounding page is about for an article that names none of
     * its own (a brief under a page's lead story: its bare 开发区 is the page's zone). Null means no page context.
     */
    default List<RegionMention> find(String articleText, Division pageRegion) {
        return find(articleText);
    }
}

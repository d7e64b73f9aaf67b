package com.zhengqi.graph.extract;

import org.jspecify.annotations.Nullable;

/**
 * What a file says about its page besides the text, as extraction needs it.
 *
 * @param site        the site's name (SiteName meta, or the page title beside the headline), or null
 * @param publishedOn the date the file states (meta tags, address, JSON field) as an ISO date, or null
 */
record PageHints(@Nullable String site, @Nullable String publishedOn) {

    public static final PageHints NONE = new PageHints(null, null);
}

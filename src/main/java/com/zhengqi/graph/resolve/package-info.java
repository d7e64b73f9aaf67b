/**
 * Regions: the gazetteer, place names in text, and the region context of an article.
 */
@NullMarked
package com.zhengqi.graph.resolve;

import org.jspecify.annotations.NullMarked;

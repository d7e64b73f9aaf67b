/**
 * Patterns that turn mentions into posts, investments, visits and statistics, built into each article's graph.
 */
@NullMarked
package com.zhengqi.graph.relate;

import org.jspecify.annotations.NullMarked;

/**
 * The extraction pipeline's entry point: a page's text in, its articles' graphs out.
 */
@NullMarked
package com.zhengqi.graph.extract;

import org.jspecify.annotations.NullMarked;

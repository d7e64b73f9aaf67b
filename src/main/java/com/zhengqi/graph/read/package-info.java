/**
 * Reading a page: clean-up, bylines, dates, and cutting a page into articles.
 */
@NullMarked
package com.zhengqi.graph.read;

import org.jspecify.annotations.NullMarked;

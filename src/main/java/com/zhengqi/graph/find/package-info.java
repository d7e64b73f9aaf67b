/**
 * Finding mentions in an article's text: segmentation, lexicons, people, titles, organisations, amounts.
 */
@NullMarked
package com.zhengqi.graph.find;

import org.jspecify.annotations.NullMarked;

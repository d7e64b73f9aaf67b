/**
 * Lexicon files and what is built from them: the one loader ({@link com.zhengqi.graph.lexicon.Lexicon}), named
 * entries of one component ({@link com.zhengqi.graph.lexicon.Terms}), character sets and the shared character
 * classes ({@link com.zhengqi.graph.lexicon.Chars}). Rules live in these files, never in Java literals.
 */
@NullMarked
package com.zhengqi.graph.lexicon;

import org.jspecify.annotations.NullMarked;

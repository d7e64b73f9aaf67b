/**
 * A character-level named-entity tagger for Chinese news sentences, trained on CLUENER2020.
 *
 * <p>{@link com.zhengqi.graph.ner.PerceptronEntityTagger} is the one entry point for callers:
 * {@code tag(text)} returns typed spans (name, position, company, government, organization,
 * address, ...). Underneath: {@link com.zhengqi.graph.ner.CharFeatures} turns a sentence into
 * feature strings per character, {@link com.zhengqi.graph.ner.LinearChainModel} scores BIOES
 * tags with a first-order Viterbi search, and {@link com.zhengqi.graph.ner.TrainNer} learns
 * the weights with an averaged structured perceptron. See docs/ner.md.
 *
 * <p>It is not a stage of {@code extract}: the {@code ner} command is its one user today. A
 * later annotator may take its name spans through {@code tag(text)}, which keeps offsets.
 */
@NullMarked
package com.zhengqi.graph.ner;

import org.jspecify.annotations.NullMarked;

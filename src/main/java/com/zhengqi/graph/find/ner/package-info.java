/**
 * A character-level named-entity tagger for Chinese news sentences, trained on CLUENER2020.
 *
 * <p>{@link com.zhengqi.graph.find.ner.PerceptronEntityTagger} is the one entry point for callers:
 * {@code tag(text)} returns typed spans (name, position, company, government, organization,
 * address, ...). Underneath: {@link com.zhengqi.graph.find.ner.CharFeatures} turns a sentence into
 * feature strings per character, {@link com.zhengqi.graph.find.ner.LinearChainModel} scores BIOES
 * tags with a first-order Viterbi search, and {@link com.zhengqi.graph.find.ner.TrainNer} learns
 * the weights with an averaged structured perceptron. See docs/ner.md.
 */
package com.zhengqi.graph.find.ner;

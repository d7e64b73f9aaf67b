package com.zhengqi.graph.model;

/** What a {@link Mention} names. */
public enum MentionType {
    PERSON, ORGANIZATION, REGION, AMOUNT, PROJECT, INDUSTRY, DATE
}

package com.zhengqi.graph.serve;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * Limits of the API (depth, complexity, argument lengths, time: graphql-java instrumentations that Spring Boot adds
 * to the engine) and how Java records map to the schema's abstract types.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    @Bean
    Instrumentation maxQueryDepth(ApiProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.maxDepth());
    }

    @Bean
    Instrumentation maxQueryComplexity(ApiProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.maxComplexity(), pageSizeWeighted());
    }

    @Bean
    Instrumentation argumentLengths() {
        return new ArgumentLengths();
    }

    @Bean
    Instrumentation requestDeadline(ApiProperties properties) {
        return new RequestDeadline(properties.timeout());
    }

    /**
     * Each field costs 1 plus what it selects, and a list field with {@code first} costs what it
     * selects that many times: {@code projects(first: 100) { nodes { name } }} costs 1 + 100 × 2.
     */
    static FieldComplexityCalculator pageSizeWeighted() {
        return (environment, childComplexity) -> {
            int times = environment.getArguments().get("first") instanceof Integer first ? Math.max(1, first) : 1;
            return 1 + childComplexity * times;
        };
    }

    /** Parsed and validated documents, reused across requests that send the same text. */
    @Bean
    DocumentCache documentCache() {
        return new DocumentCache();
    }

    @Bean
    GraphQlSourceBuilderCustomizer cachedDocuments(DocumentCache documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /** Organisations are one record but three object types; everything else maps by class name. */
    @Bean
    GraphQlSourceBuilderCustomizer organizationTypes() {
        ClassNameTypeResolver byClassName = new ClassNameTypeResolver();
        TypeResolver resolver = environment -> {
            if (environment.getObject() instanceof Organization organization) {
                return (GraphQLObjectType) environment.getSchema().getType(organization.graphQlType());
            }
            return byClassName.getType(environment);
        };
        return builder -> builder.defaultTypeResolver(resolver);
    }
}

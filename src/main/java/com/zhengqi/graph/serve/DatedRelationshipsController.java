package com.zhengqi.graph.serve;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Visits and investments of a person, organisation or project, optionally only those dated within {@code from:} and
 * {@code to:}. Each list is loaded once per batch of parents whatever the window; the window then keeps the facts
 * whose date overlaps it, so parents asking for different windows still share one statement.
 */
@Controller
class DatedRelationshipsController {

    DatedRelationshipsController(RelationshipQueries relationships, BatchLoaderRegistry registry) {
        registry.<Person, List<Visit>>forName("personVisits").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> relationships.visitsBy(keys)));
        registry.<Person, List<Investment>>forName("personInvestments").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> relationships.investmentsBy(keys)));
        registry.<Project, List<Investment>>forName("projectInvestments").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> relationships.investmentsIn(keys)));
        // Organization fields use loaders shared by Company, GovernmentBody and OtherOrganization (a
        // batch mapping on an interface gets one loader per object type, so one statement per type).
        registry.<Organization, List<Investment>>forName("organizationInvestments").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> relationships.investmentsBy(keys)));
        registry.<Organization, List<Visit>>forName("organizationVisitors").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> relationships.visitsTo(keys)));
    }

    @SchemaMapping(typeName = "Person", field = "visits")
    CompletableFuture<List<Visit>> visits(Person person, @Argument String from, @Argument String to,
                                          DataLoader<Person, List<Visit>> personVisits) {
        return within(personVisits.load(person), from, to);
    }

    @SchemaMapping(typeName = "Organization", field = "visitors")
    CompletableFuture<List<Visit>> visitors(Organization organization, @Argument String from, @Argument String to,
                                            DataLoader<Organization, List<Visit>> organizationVisitors) {
        return within(organizationVisitors.load(organization), from, to);
    }

    @SchemaMapping(typeName = "Person", field = "investments")
    CompletableFuture<List<Investment>> personInvestments(Person person, @Argument String from, @Argument String to,
                                                          DataLoader<Person, List<Investment>> personInvestments) {
        return within(personInvestments.load(person), from, to);
    }

    @SchemaMapping(typeName = "Organization", field = "investments")
    CompletableFuture<List<Investment>> organizationInvestments(Organization organization, @Argument String from, @Argument String to,
                                                                DataLoader<Organization, List<Investment>> organizationInvestments) {
        return within(organizationInvestments.load(organization), from, to);
    }

    @SchemaMapping(typeName = "Project", field = "investments")
    CompletableFuture<List<Investment>> projectInvestments(Project project, @Argument String from, @Argument String to,
                                                           DataLoader<Project, List<Investment>> projectInvestments) {
        return within(projectInvestments.load(project), from, to);
    }

    /** The facts of the window of {@code from} and {@code to}, once the batch has loaded. */
    private static <T extends Dated> CompletableFuture<List<T>> within(CompletableFuture<List<T>> facts, String from, String to) {
        DateWindow window = DateWindow.of(from, to);
        return facts.thenApply(window::keep);
    }
}

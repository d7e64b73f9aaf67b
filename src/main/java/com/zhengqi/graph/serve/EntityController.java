package com.zhengqi.graph.serve;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Entities by id, and their fields that lead to other entities (each one statement per batch of parents). */
@Controller
class EntityController {

    private record PageKey(String elementId, int first) {
    }

    private record AreaKey(String elementId, boolean includeSubregions, int first) {
    }

    private final EntityQueries entities;
    private final RelationshipQueries relationships;
    private final Arguments arguments;

    EntityController(EntityQueries entities, RelationshipQueries relationships, Arguments arguments, BatchLoaderRegistry registry) {
        this.entities = entities;
        this.relationships = relationships;
        this.arguments = arguments;
        registry.<PageKey, List<Mention>>forName("entityMentions").registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() ->
                ArgumentBatches.load(keys, PageKey::first, (first, group) -> byKey(group, PageKey::elementId,
                        relationships.mentionsOf(group.stream().map(PageKey::elementId).toList(), first)))));
        registry.<AreaKey, List<Entity>>forName("regionProjects").registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() ->
                ArgumentBatches.load(keys, k -> List.of(k.includeSubregions(), k.first()), (args, group) -> byKey(group, AreaKey::elementId,
                        entities.regionProjects(group.stream().map(AreaKey::elementId).toList(), group.getFirst().includeSubregions(),
                                group.getFirst().first())))));
        registry.<PageKey, List<Entity>>forName("industryProjects").registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() ->
                ArgumentBatches.load(keys, PageKey::first, (first, group) -> byKey(group, PageKey::elementId,
                        entities.industryProjects(group.stream().map(PageKey::elementId).toList(), first)))));
        registry.<PageKey, List<Entity>>forName("industryOrganizations").registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() ->
                ArgumentBatches.load(keys, PageKey::first, (first, group) -> byKey(group, PageKey::elementId,
                        entities.industryOrganizations(group.stream().map(PageKey::elementId).toList(), first)))));
        registerOrganizationLoaders(registry);
    }

    private void registerOrganizationLoaders(BatchLoaderRegistry registry) {
        registry.<Organization, Entity>forName("organizationParents").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> entities.neighbour(keys, EntityQueries.ORGANIZATION_PARENT)));
        registry.<Organization, List<Entity>>forName("organizationRegions").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> entities.neighbours(keys, EntityQueries.ORGANIZATION_REGIONS)));
        registry.<Organization, List<Entity>>forName("organizationIndustries").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> entities.neighbours(keys, EntityQueries.INDUSTRIES)));
    }

    /** Spreads a result keyed by element id over the data-loader keys that asked for it. */
    static <K, V> Map<K, V> byKey(List<K> keys, java.util.function.Function<K, String> elementId, Map<String, V> byElementId) {
        return keys.stream().collect(Collectors.toMap(k -> k, k -> byElementId.get(elementId.apply(k))));
    }

    @QueryMapping
    Entity person(@Argument String id) {
        return found(entities.person(id), "id", "person", id);
    }

    @QueryMapping
    Entity organization(@Argument String id) {
        return found(entities.organization(id), "id", "organization", id);
    }

    @QueryMapping
    Entity project(@Argument String id) {
        return found(entities.project(id), "id", "project", id);
    }

    @QueryMapping
    Entity industry(@Argument String name) {
        return found(entities.industry(name), "name", "industry", name);
    }

    @QueryMapping
    Entity region(@Argument String id, @Argument String code, @Argument String name) {
        long given = Stream.of(id, code, name).filter(v -> v != null).count();
        if (given != 1) {
            throw ApiException.badArgument("id|code|name", "give exactly one of id, code and name (got " + given + ")");
        }
        if (id != null) {
            return found(entities.regionById(id), "id", "region", id);
        }
        if (code != null) {
            return found(entities.regionByCode(code), "code", "region", code);
        }
        return found(entities.regionByName(name), "name", "region", name);
    }

    private static Entity found(Entity entity, String argument, String what, String value) {
        if (entity == null) {
            throw ApiException.notFound(argument, what, value);
        }
        return entity;
    }

    @SchemaMapping(typeName = "Entity", field = "mentionedIn")
    CompletableFuture<List<Mention>> mentionedIn(Entity entity, @Argument int first, DataLoader<PageKey, List<Mention>> entityMentions) {
        return entityMentions.load(new PageKey(entity.elementId(), arguments.first(first)));
    }

    @BatchMapping(typeName = "Person", field = "reported")
    Map<Person, List<Report>> reported(List<Person> people) {
        return relationships.reportsBy(people);
    }

    // Organization fields use loaders shared by Company, GovernmentBody and OtherOrganization (a
    // batch mapping on an interface gets one loader per object type, so one statement per type).

    @SchemaMapping(typeName = "Organization", field = "parent")
    CompletableFuture<Entity> organizationParent(Organization organization, DataLoader<Organization, Entity> organizationParents) {
        return organizationParents.load(organization);
    }

    @SchemaMapping(typeName = "Organization", field = "regions")
    CompletableFuture<List<Entity>> organizationRegions(Organization organization, DataLoader<Organization, List<Entity>> organizationRegions) {
        return organizationRegions.load(organization);
    }

    @SchemaMapping(typeName = "Organization", field = "industries")
    CompletableFuture<List<Entity>> organizationIndustries(Organization organization,
                                                           DataLoader<Organization, List<Entity>> organizationIndustries) {
        return organizationIndustries.load(organization);
    }

    @BatchMapping(typeName = "Region", field = "parent")
    Map<Region, Entity> regionParent(List<Region> regions) {
        return entities.neighbour(regions, EntityQueries.REGION_PARENT);
    }

    @BatchMapping(typeName = "Region", field = "children")
    Map<Region, List<Entity>> children(List<Region> regions) {
        return entities.neighbours(regions, EntityQueries.REGION_CHILDREN);
    }

    @SchemaMapping(typeName = "Region", field = "projects")
    CompletableFuture<List<Entity>> regionProjects(Region region, @Argument boolean includeSubregions, @Argument int first,
                                                   DataLoader<AreaKey, List<Entity>> regionProjects) {
        return regionProjects.load(new AreaKey(region.elementId(), includeSubregions, arguments.first(first)));
    }

    @BatchMapping(typeName = "Region", field = "statistics")
    Map<Region, List<InvestmentStatistic>> statistics(List<Region> regions) {
        return relationships.statisticsOf(regions);
    }

    @BatchMapping(typeName = "Project", field = "regions")
    Map<Project, List<Entity>> projectRegions(List<Project> projects) {
        return entities.neighbours(projects, EntityQueries.PROJECT_REGIONS);
    }

    @BatchMapping(typeName = "Project", field = "industries")
    Map<Project, List<Entity>> projectIndustries(List<Project> projects) {
        return entities.neighbours(projects, EntityQueries.INDUSTRIES);
    }

    @SchemaMapping(typeName = "Industry", field = "projects")
    CompletableFuture<List<Entity>> industryProjects(Industry industry, @Argument int first, DataLoader<PageKey, List<Entity>> industryProjects) {
        return industryProjects.load(new PageKey(industry.elementId(), arguments.first(first)));
    }

    @SchemaMapping(typeName = "Industry", field = "organizations")
    CompletableFuture<List<Entity>> industryOrganizations(Industry industry, @Argument int first,
                                                          DataLoader<PageKey, List<Entity>> industryOrganizations) {
        return industryOrganizations.load(new PageKey(industry.elementId(), arguments.first(first)));
    }
}

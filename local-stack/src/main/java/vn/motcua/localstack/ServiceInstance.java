package vn.motcua.localstack;

/**
 * One running copy of a service on its own HTTP port; every instance of a service shares the service's database,
 * Kafka consumer groups and settings. The first instance carries the service's own name (its log file, its
 * messages); the others add their number: {@code dossier-service-2}.
 */
record ServiceInstance(Service service, int number, int port) {

    String name() {
        return number == 1 ? service.moduleName() : service.moduleName() + "-" + number;
    }
}

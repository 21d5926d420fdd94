-- The databases of the two services, created when the compose PostgreSQL volume is first initialised.
CREATE DATABASE newsalerts_ingest;
CREATE DATABASE newsalerts_alerts;

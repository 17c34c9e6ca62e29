/** The assembly of the web module: the JAX-RS applications (/api, /v1) that list every feature's resources and providers, the answers every /api operation shares in the OpenAPI document, and the end-to-end tests' clock control. The top of the feature order: it may use every feature. */
package fr.guichet.app;

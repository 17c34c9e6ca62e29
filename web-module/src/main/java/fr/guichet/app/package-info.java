/** The assembly of the web module: the JAX-RS applications (/api, /v1) that list every feature's resources and providers, and the end-to-end tests' clock control. The top of the feature order: it may use every feature. */
package fr.guichet.app;

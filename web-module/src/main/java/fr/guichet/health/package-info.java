/** MicroProfile Health checks: /health/ready and /health/live. */
package fr.guichet.health;

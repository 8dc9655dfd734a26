/** The Portainer client and deployment target (built in the Portainer issue). */
package dev.phoenix.portainer;

/**
 * Azure Resource Manager's Partner Admin Link ({@code Microsoft.ManagementPartner}, API version
 * 2018-02-01): the partner of record for the Azure resources a user or service principal manages.
 *
 * <p>Get the operations from {@link dev.partnerkit.client.PartnerClient#partnerAdminLink()}.
 */
@PartnerStyle
package dev.partnerkit.client.arm;

import dev.partnerkit.model.PartnerStyle;

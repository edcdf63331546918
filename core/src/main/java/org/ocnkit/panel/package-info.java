/**
 * The moderation panel's approval workflow: members, meetings with attendance, declared conflicts
 * of interest, votes, decisions under quorum rules, conditions, review dates and minutes. {@link
 * org.ocnkit.panel.Panel} is the facade every front end calls (one transaction per call, every
 * change audited); {@link org.ocnkit.panel.UnitApprovals} is the single answer to "may this unit
 * version be used to enrol and certify?".
 */
package org.ocnkit.panel;

// Issue 16: the relay's Azure resources. A Linux Consumption Function App (Node 22) limited to one instance (the
// once-only write and the code-attempt counts assume one writer: relay/src/attempts.ts, once.ts), its own storage
// account with the queue the submissions wait on, and a user-assigned managed identity that the Function App uses
// for the storage account (no keys in settings) and for SharePoint (Sites.Selected write on the data site, granted
// after deployment with the CLI for Microsoft 365: README "The relay"). No Application Insights: the relay keeps
// no request telemetry (addresses, user agents) anywhere.
//
// az deployment group create -g <group> -f relay/infra/main.bicep \
//   -p tenantId=<tenant id> relayClientId=<relay app registration client id> siteUrl=https://<tenant>.sharepoint.com/sites/wellbeing

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('A short name the resource names start with (lower case letters and digits).')
@minLength(3)
@maxLength(11)
param prefix string = 'wbrelay'

@description('The council tenant (directory) id: only its tokens are accepted.')
param tenantId string

@description('Client id of the relay app registration (the API the web part calls with AadHttpClient).')
param relayClientId string

@description('Application ID URI of the relay app registration (default api://<client id>).')
param relayAppIdUri string = 'api://${relayClientId}'

@description('Absolute URL of the wellbeing data site.')
param siteUrl string

@description('Longest random hold before an alert is written, in seconds (issue 16: up to 30 minutes).')
@minValue(0)
@maxValue(86400)
param maxDelaySeconds int = 1800

var queueName = 'anonymous-alerts'
var storageName = toLower('${prefix}${uniqueString(resourceGroup().id)}')
// Built-in role ids (learn.microsoft.com/azure/role-based-access-control/built-in-roles)
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageQueueDataMessageSender: 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
  storageQueueDataMessageProcessor: '8a0f0c08-91a1-4084-bc3d-661d67233fed'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false // identity only
    supportsHttpsTrafficOnly: true
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: queueName
}

resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: '${queueName}-poison'
}

// The Functions host keeps its own state in the account (blobs, queues); the relay sends and processes messages.
resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in items(roles): {
  name: guid(storage.id, identity.id, role.value)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
  }
}]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${prefix}-plan'
  location: location
  kind: 'functionapp'
  sku: { name: 'Y1', tier: 'Dynamic' }
  properties: { reserved: true } // Linux
}

resource functionApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${prefix}-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'Node|22'
      functionAppScaleLimit: 1
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        // The web part calls from the council's SharePoint pages.
        allowedOrigins: [ 'https://${split(replace(siteUrl, 'https://', ''), '/')[0]}' ]
      }
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'node' }
        // Identity-based connections (learn.microsoft.com/azure/azure-functions/functions-reference#connecting-to-host-storage-with-an-identity)
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        { name: 'RelayQueue__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'RelayQueue__credential', value: 'managedidentity' }
        { name: 'RelayQueue__clientId', value: identity.properties.clientId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'RELAY_TENANT_ID', value: tenantId }
        { name: 'RELAY_CLIENT_ID', value: relayClientId }
        { name: 'RELAY_APP_ID_URI', value: relayAppIdUri }
        { name: 'RELAY_SITE_URL', value: siteUrl }
        { name: 'RELAY_QUEUE_NAME', value: queueName }
        { name: 'RELAY_MAX_DELAY_SECONDS', value: string(maxDelaySeconds) }
      ]
    }
  }
  dependsOn: [ roleAssignments, queue, poisonQueue ]
}

output functionAppName string = functionApp.name
output relayUrl string = 'https://${functionApp.properties.defaultHostName}/api'
@description('Grant Sites.Selected to this service principal (README "The relay").')
output managedIdentityPrincipalId string = identity.properties.principalId
output managedIdentityClientId string = identity.properties.clientId
